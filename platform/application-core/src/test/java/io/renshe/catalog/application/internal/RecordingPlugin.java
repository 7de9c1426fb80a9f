package io.renshe.catalog.application.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.renshe.catalog.application.ResultNote;
import io.renshe.catalog.application.spi.Decision;
import io.renshe.catalog.application.spi.ItemContext;
import io.renshe.catalog.application.spi.ItemPlugin;
import io.renshe.catalog.application.spi.Precheck;
import io.renshe.catalog.application.spi.Refusal;

/** A plug-in of 就业登记 (2.4.2) for the tests: a form, a pre-check, a result rule, and the decisions it heard. */
final class RecordingPlugin implements ItemPlugin {

    static final String ITEM = "2.4.2";

    final List<Decision> decisions = new CopyOnWriteArrayList<>();
    volatile boolean failDecisions;

    @Override
    public String form(String item) {
        return """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "additionalProperties": false,
                 "properties": {"employer": {"type": "string", "minLength": 1}},
                 "required": ["employer"]}""";
    }

    @Override
    public List<Refusal> precheck(Precheck precheck) {
        Object employer = precheck.answers(ITEM).get("employer");
        if ("已注销的单位".equals(employer)) {
            return List.of(new Refusal(ITEM, "employer-closed", "用人单位已注销"),
                    new Refusal("1.10.1", "not-mine", "a refusal of an item of another plug-in is dropped"));
        }
        return List.of();
    }

    @Override
    public List<ResultNote> results(ItemContext context) {
        return List.of(new ResultNote(context.item(), "registered-on", "登记日为" + context.today(),
                Map.of("registeredOn", context.today().toString())));
    }

    @Override
    public void decided(Decision decision) {
        if (failDecisions) {
            // a careless message with personal data: it must never reach the log
            throw new IllegalStateException("cannot record " + decision.applicant().idNumber());
        }
        decisions.add(decision);
    }
}
