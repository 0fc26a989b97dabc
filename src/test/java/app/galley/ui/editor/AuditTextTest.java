package app.galley.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.AuditAction;
import app.galley.model.AuditEvent;
import app.galley.ui.app.I18n;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Audit events as the History tab's activity list words them: the stored ids and stamps in the interface's words. */
class AuditTextTest {

    private static AuditEvent event(AuditAction action, Map<String, String> detail) {
        return new AuditEvent("u1", 1L, Instant.parse("2026-12-04T10:00:00Z"), "mei", action, detail);
    }

    @Test
    void anOverrideAndAQueuedJobNameTheirActionsInTheInterfacesLanguage() {
        I18n zhText = new I18n("zh-Hant");
        AuditText zh = new AuditText(zhText, new app.galley.ui.app.Formats(zhText));
        assertThat(zh.describe(event(AuditAction.OVERRIDE, Map.of("action", "ready", "problems", "15", "reason", "電話確認"))))
                .contains("移至待發").contains("15").contains("電話確認").doesNotContain("ready");
        assertThat(zh.describe(event(AuditAction.QUEUE, Map.of("target", "WordPress", "action", "publish"))))
                .contains("WordPress").contains("發佈").doesNotContain("publish");
        assertThat(zh.describe(event(AuditAction.QUEUE, Map.of("target", "WordPress", "action", "publish",
                "at", "2026-12-05T01:30:00Z")))).contains("2026").doesNotContain("T01:30");
        I18n enText = new I18n("en");
        AuditText en = new AuditText(enText, new app.galley.ui.app.Formats(enText));
        assertThat(en.describe(event(AuditAction.OVERRIDE, Map.of("action", "export", "problems", "1", "reason", "desk"))))
                .isEqualTo("Went ahead (exported) with 1 problem open: desk");
    }
}
