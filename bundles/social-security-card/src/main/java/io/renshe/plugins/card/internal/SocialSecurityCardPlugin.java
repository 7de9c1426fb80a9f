package io.renshe.plugins.card.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import io.renshe.catalog.application.ResultNote;
import io.renshe.catalog.application.TaskState;
import io.renshe.catalog.application.card.CardRegister;
import io.renshe.catalog.application.card.CardState;
import io.renshe.catalog.application.spi.Decision;
import io.renshe.catalog.application.spi.ItemContext;
import io.renshe.catalog.application.spi.ItemPlugin;
import io.renshe.catalog.application.spi.Precheck;
import io.renshe.catalog.application.spi.Refusal;

/**
 * The plug-in of the 8 items of 我要办理社会保障卡: their forms, the pre-check against the card-status register (every
 * reason at once), the pension-account rule, and the register kept up to date with the decisions (an approved 启用
 * activates the card …). The materials are the catalog's.
 */
@Component(configurationPid = SocialSecurityCardPlugin.PID, property = {
    ItemPlugin.ITEMS + "=" + CardItems.APPLY,
    ItemPlugin.ITEMS + "=" + CardItems.REPLACE,
    ItemPlugin.ITEMS + "=" + CardItems.ACTIVATE,
    ItemPlugin.ITEMS + "=" + CardItems.LOSS,
    ItemPlugin.ITEMS + "=" + CardItems.CANCEL,
    ItemPlugin.ITEMS + "=" + CardItems.CHANGE,
    ItemPlugin.ITEMS + "=" + CardItems.QUERY,
    ItemPlugin.ITEMS + "=" + CardItems.PENSION_ACCOUNT
})
@Designate(ocd = CardPluginConfiguration.class)
public final class SocialSecurityCardPlugin implements ItemPlugin {

    static final String PID = "io.renshe.plugin.social-security-card";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Map<String, String> forms;
    private volatile String after15;

    /** The register with the highest ranking: a provincial system's, else the platform's embedded one. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile CardRegister register;

    @Activate
    public SocialSecurityCardPlugin(CardPluginConfiguration configuration) {
        this.forms = Map.of(CardItems.APPLY, resource("1.10.1"), CardItems.REPLACE, resource("1.10.7"), CardItems.ACTIVATE,
                resource("1.10.2"), CardItems.LOSS, resource("1.10.6"), CardItems.CANCEL, resource("1.10.8"), CardItems.CHANGE,
                resource("change"), CardItems.QUERY, resource("query"), CardItems.PENSION_ACCOUNT, resource("1.2.3"));
        modified(configuration);
    }

    @Modified
    void modified(CardPluginConfiguration configuration) {
        after15 = configuration.pension_account_after15_effective();
    }

    @Override
    public String form(String item) {
        String form = forms.get(item);
        if (form == null) {
            throw new IllegalArgumentException("not an item of this plug-in: " + item);
        }
        return form;
    }

    @Override
    public List<Refusal> precheck(Precheck precheck) {
        return CardRules.precheck(register.card(precheck.applicant().idNumber()), precheck.items(), precheck.answers());
    }

    @Override
    public List<ResultNote> results(ItemContext context) {
        if (CardItems.PENSION_ACCOUNT.equals(context.item())) {
            return List.of(PensionAccountRule.apply(context.item(), context.today(), after15));
        }
        return List.of();
    }

    @Override
    public void decided(Decision decision) {
        CardState state = switch (decision.item()) {
            case CardItems.APPLY, CardItems.REPLACE -> decision.state() == TaskState.APPROVED ? CardState.APPLIED
                    : decision.state() == TaskState.DELIVERED ? CardState.ISSUED : null;
            case CardItems.ACTIVATE -> decision.state() == TaskState.APPROVED ? CardState.ACTIVE : null;
            case CardItems.LOSS -> decision.state() != TaskState.APPROVED ? null
                    : CardItems.REPORT_LOST.equals(decision.answers().get("action")) ? CardState.LOST
                            : CardItems.FOUND.equals(decision.answers().get("action")) ? CardState.ACTIVE : null;
            case CardItems.CANCEL -> decision.state() == TaskState.APPROVED ? CardState.CANCELLED : null;
            default -> null;
        };
        if (state != null) {
            register.record(decision.applicant().idNumber(), state, decision.on().atStartOfDay(BEIJING).toInstant(), decision.item() + " " + decision.state().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + decision.application());
        }
    }

    private static String resource(String name) {
        try (InputStream in = SocialSecurityCardPlugin.class.getClassLoader().getResourceAsStream("forms/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the form forms/" + name + ".json is missing from the plug-in");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the form forms/" + name + ".json", e);
        }
    }
}
