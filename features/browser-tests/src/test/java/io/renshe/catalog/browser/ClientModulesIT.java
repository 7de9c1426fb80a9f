package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * The console's client modules, run in the browser itself: problems from today's error body, from RFC 9457
 * problem+json and from a body that is not JSON all come out as the same plain Chinese words; the sign-in form keeps
 * Basic credentials (UTF-8) that every request then carries.
 */
@ExtendWith(PlatformExtension.class)
class ClientModulesIT {

    /** Calls describeProblem(toProblem(status, body)) in the page and answers {kind, title, text, detail, parameter}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> describe(Browser browser, int status, String bodyJson) {
        return (Map<String, Object>) browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                + "import('/console/lib/api.js').then(api => {"
                + "  const p = api.toProblem(arguments[0], arguments[1] === null ? null : JSON.parse(arguments[1]));"
                + "  const w = api.describeProblem(p);"
                + "  done({ kind: p.kind, title: w.title, text: w.text, detail: w.detail, parameter: p.parameter, errors: p.errors });"
                + "}).catch(e => done({ error: String(e) }));", status, bodyJson);
    }

    @Test
    void todaysErrorBodyAndProblemJsonSayTheSame(Browser browser) {
        browser.open("/");
        Map<String, Object> legacy = describe(browser, 400,
                "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"Parameter level must be one of district, town, village\",\"parameter\":\"level\"}");
        Map<String, Object> problem = describe(browser, 400,
                "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Parameter level must be one of district, town, village\",\"parameter\":\"level\"}");
        assertEquals("查询条件有误", legacy.get("title"));
        assertEquals("“办理层级”的值不正确，请修改后重试。", legacy.get("text"));
        assertEquals("Parameter level must be one of district, town, village", legacy.get("detail"));
        assertEquals(legacy, problem);
    }

    @Test
    void everyStatusHasPlainWords(Browser browser) {
        browser.open("/");
        assertEquals("需要登录", describe(browser, 401, "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}").get("title"));
        assertEquals("没有权限", describe(browser, 403, "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"renshe-office-341504 may not write 341000\"}").get("title"));
        assertEquals("没有找到", describe(browser, 404, "{\"status\":404,\"error\":\"Not Found\",\"message\":\"No jurisdiction 9\"}").get("title"));
        assertEquals("内容已被他人修改", describe(browser, 409, "{\"title\":\"Conflict\",\"status\":409}").get("title"));
        assertEquals("服务暂时不可用", describe(browser, 503, "{\"status\":\"DOWN\"}").get("title"));
        Map<String, Object> html = describe(browser, 500, null);
        assertEquals("平台内部出错", html.get("title"));
        assertEquals(null, html.get("detail"), "a body that is not a problem is never shown");
        Map<String, Object> teapot = describe(browser, 418, null);
        assertEquals("出现意外情况", teapot.get("title"));
        Map<String, Object> rows = describe(browser, 422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"errors\":[{\"file\":\"nearby.yaml\",\"line\":9,\"reason\":\"unknown unit\"},{\"pointer\":\"/limit\",\"detail\":\"unparseable\"}]}");
        assertEquals("内容没有通过检查", rows.get("title"));
        assertEquals(List.of(
                Map.of("file", "nearby.yaml", "line", 9L, "reason", "unknown unit"),
                Map.of("parameter", "/limit", "reason", "unparseable")),
                ((List<?>) rows.get("errors")).stream().map(e -> withoutNulls((Map<?, ?>) e)).toList());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void signInKeepsBasicCredentialsForEveryRequest(Browser browser) {
        browser.signOut();
        browser.open("/sign-in");
        browser.find("#signin-user").sendKeys("console-admin");
        browser.find("#signin-password").sendKeys("密码 p@ss", Keys.ENTER);
        browser.awaitText("main h1", "人社服务事项目录");
        assertEquals("console-admin", browser.find("header .user").getText());
        String expected = "Basic " + Base64.getEncoder().encodeToString("console-admin:密码 p@ss".getBytes(StandardCharsets.UTF_8));
        Object header = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/console/lib/auth.js').then(a => done(a.authorization()));");
        assertEquals(expected, header);
        // checked at once with GET /api/me: the roles are known, and the navigation shows the administrator's screens
        assertEquals(List.of("renshe-admin"), browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/console/lib/auth.js').then(a => done(a.session.roles));"));
        assertEquals(List.of("管理"), browser.texts("#nav-admin"));
        assertEquals(List.of(), browser.texts("#nav-office"));
        assertEquals(null, browser.script("return window.localStorage.getItem('renshe.auth');"), "never kept beyond the tab");
        browser.find("header button.link:not([lang])").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Browser.WAIT).until(d -> browser.texts("header .user").isEmpty());
        assertEquals(null, browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/console/lib/auth.js').then(a => done(a.authorization()));"));
        assertEquals(List.of(), browser.texts("#nav-admin"), "the administrator's screens are not offered to a visitor");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aWrongPasswordIsRefusedAtOnceWithoutABrowserDialog(Browser browser) {
        browser.signOut();
        browser.open("/sign-in");
        browser.find("#signin-user").sendKeys(Distribution.YEJI.name());
        browser.find("#signin-password").sendKeys("not the password", Keys.ENTER);
        assertEquals("用户名或密码不正确，或账号已失效，请重新登录。", browser.find("main p.problem[role='alert']").getText());
        assertEquals(List.of(), browser.texts("header .user"));
        assertEquals(List.of(), browser.unexpectedConsoleErrors(java.util.regex.Pattern.compile("/api/me - Failed to load resource: the server responded with a status of 401")));
        // a success clears the failure counted for this address (the platform slows down repeated failures)
        browser.signIn(Distribution.YEJI);
        browser.signOut();
    }

    @Test
    void anEmptySignInFormSaysWhatIsMissing(Browser browser) {
        browser.open("/sign-in");
        browser.find("form.stack button[type='submit']").click();
        assertEquals("请填写用户名。", browser.find("#signin-user-error").getText());
        assertEquals("true", browser.find("#signin-user").getAttribute("aria-invalid"));
        assertEquals("signin-user-error", browser.find("#signin-user").getAttribute("aria-describedby"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * The applications' helpers: the questions of a plug-in's form (the card plug-in's 补领换领换发 asks 办理类别, one of
     * 补领, 换领, 换发: docs/plugins.md), a task's mark against its due date, the on-time rate of a row of statistics.
     */
    @Test
    void theApplicationsHelpers(Browser browser) {
        browser.open("/");
        Object answer = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "Promise.all([import('/console/views/apply.js'), import('/console/components/application.js'),"
                + " import('/console/views/admin-statistics.js')]).then(([apply, app, stats]) => done({"
                + "  questions: apply.questions({type: 'object', properties: {kind: {title: '办理类别', enum: ['补领', '换领', '换发']},"
                + "    changes: {title: '变更内容', type: 'string', minLength: 1, maxLength: 500}}, required: ['kind']}),"
                + "  marks: [app.dueMark({state: 'accepted', due: {committed: '2024-09-27'}}, '2024-09-30'),"
                + "    app.dueMark({state: 'submitted', due: {committed: '2024-09-30'}}, '2024-09-30'),"
                + "    app.dueMark({state: 'delivered', due: {committed: '2024-09-27'}}, '2024-09-30'),"
                + "    app.dueMark({state: 'approved', due: {committed: '2024-10-08'}}, '2024-09-30'),"
                + "    app.dueMark({state: 'accepted', due: {}}, '2024-09-30')],"
                + "  rates: [stats.onTimeRate({onTime: 3, late: 1}), stats.onTimeRate({onTime: 2, late: 1}), stats.onTimeRate({onTime: 0, late: 0})]"
                + "})).catch(e => done({ error: String(e) }));");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) answer;
        assertEquals(null, result.get("error"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) result.get("questions");
        assertEquals("办理类别", questions.get(0).get("title"));
        assertEquals("choice", questions.get(0).get("kind"));
        assertEquals(List.of("补领", "换领", "换发"), questions.get(0).get("options"));
        assertEquals(true, questions.get(0).get("required"));
        assertEquals("变更内容", questions.get(1).get("title"));
        assertEquals("text", questions.get(1).get("kind"));
        assertEquals(true, questions.get(1).get("long"), "500 characters: a text area");
        assertEquals(false, questions.get(1).get("required"));
        assertEquals(java.util.Arrays.asList("overdue", "today", null, null, null), result.get("marks"));
        assertEquals(java.util.Arrays.asList(75L, 66.7, null), result.get("rates"), "3 of 4, 2 of 3 on time; nothing decided");
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static Map<Object, Object> withoutNulls(Map<?, ?> map) {
        Map<Object, Object> result = new java.util.HashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                result.put(k, v);
            }
        });
        return result;
    }
}
