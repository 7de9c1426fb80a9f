package io.renshe.catalog.application.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.renshe.catalog.application.Applicant;
import io.renshe.catalog.application.Application;
import io.renshe.catalog.application.ApplicationRequest;
import io.renshe.catalog.application.MaterialUpload;
import io.renshe.catalog.application.TaskState;
import io.renshe.catalog.application.internal.ApplicationStore.ApplicationRow;

/**
 * Durable application submissions on embedded Derby, against the raw JDBC inserts of the same rows.
 * <ul>
 * <li>{@code submit}: {@code ApplicationService.submit} of the card one-thing of 黄山市 with three items and one
 * material of about 1 KB (the harness's limit), without the card plug-in (the generic form: no register lookup) — the
 * whole check against the catalog, the routing, both clocks on the calendar, one transaction of eight
 * rows (an application, three tasks, three history rows, a material) committed, and the application read back for the
 * answer;</li>
 * <li>{@code rawInsert}: the same eight rows with the same prepared statements in one transaction, committed — nothing
 * else.</li>
 * </ul>
 * Both on one database in a folder (Derby's durability as shipped: the log forced at each commit), from the repository
 * root: {@code java -jar platform/catalog-benchmarks/target/benchmarks.jar ApplicationSubmitBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ApplicationSubmitBenchmark {

    /** Where the database is created (deleted first). */
    @Param({"target/benchmark-applications"})
    public String folder;

    private Harness harness;
    private final ApplicationStore store = new ApplicationStore();
    private ApplicationRequest request;
    private ApplicationRow application;
    private List<TaskRow> tasks;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path database = Paths.get(folder).toAbsolutePath();
        delete(database);
        harness = new Harness(LocalDate.of(2024, 9, 27), database.toString());
        request = new ApplicationRequest("341000", "card-one-thing-1", List.of("1.10.1", "社会保障卡启用", "1.2.3"),
                new Applicant("李华", "341002198503121233", "0559-2345678", "安徽省黄山市屯溪区黄山西路1号"), true, null,
                List.of(new MaterialUpload("本人身份证件", "data:image/png;base64," + "A".repeat(900))));
        Application first = harness.engine.submit(request);
        long id = Numbers.id(first.number()).getAsLong();
        harness.engine.read("capturing the rows", connection -> {
            application = store.application(connection, id).orElseThrow();
            tasks = store.tasks(connection, id);
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        harness.close();
    }

    @Benchmark
    public Application submit() {
        return harness.engine.submit(request);
    }

    @Benchmark
    public long rawInsert() {
        Instant now = Instant.now();
        return harness.engine.transaction("inserting the rows", connection -> {
            long id = store.insertApplication(connection, application);
            for (TaskRow task : tasks) {
                TaskRow row = copy(task, id);
                long taskId = store.insertTask(connection, row);
                store.history(connection, id, taskId, now, ApplicationEngine.APPLICANT, "submit", null,
                        TaskState.SUBMITTED, null);
            }
            store.material(connection, id, "本人身份证件", List.of("1.10.1", "1.10.2", "1.2.3"), 0,
                    request.materials().get(0).content(), now);
            return id;
        });
    }

    private static TaskRow copy(TaskRow task, long application) {
        TaskRow row = new TaskRow();
        row.applicationId = application;
        row.seq = task.seq;
        row.jurisdiction = task.jurisdiction;
        row.item = task.item;
        row.itemName = task.itemName;
        row.unit = task.unit;
        row.unitSource = task.unitSource;
        row.state = task.state;
        row.form = task.form;
        row.statutory = task.statutory;
        row.statutorySource = task.statutorySource;
        row.committed = task.committed;
        row.committedSource = task.committedSource;
        row.startOn = task.startOn;
        row.dueStatutory = task.dueStatutory;
        row.dueCommitted = task.dueCommitted;
        row.catalogVersion = task.catalogVersion;
        row.itemState = task.itemState;
        return row;
    }

    private static void delete(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
