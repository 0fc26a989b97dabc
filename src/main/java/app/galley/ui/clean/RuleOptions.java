package app.galley.ui.clean;

import app.galley.clean.RuleInfo;
import app.galley.ui.app.I18n;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The rules editor's part for what each built-in rule declares of itself ({@link RuleInfo}): a check
 * box for a switch, a list for a choice, and the rule's examples as a tip. Nothing here names a rule.
 */
final class RuleOptions {

    private final I18n i18n;
    /** Rule id → option name → its control, made once. */
    private final Map<String, Map<String, Control>> controls = new LinkedHashMap<>();

    RuleOptions(I18n i18n) {
        this.i18n = i18n;
    }

    /** Adds the rule's options under it, and its examples as the tip of its check box and hint. */
    void addTo(VBox rule, CheckBox enabled, Label hint, RuleInfo info) {
        if (!info.examples().isEmpty()) {
            StringBuilder tip = new StringBuilder(i18n.get("rules.examples"));
            info.examples().forEach(x -> tip.append("\n").append(x.before().replace("\n", " ⏎ ")).append("  →  ")
                    .append(x.after().replace("\n", " ⏎ ")));
            Tooltip t = new Tooltip(tip.toString());
            enabled.setTooltip(t);
            hint.setTooltip(t);
        }
        for (RuleInfo.Option o : info.options()) {
            Control control = control(info, o);
            String label = i18n.get("rules.option." + info.id() + "." + o.name());
            if (control instanceof CheckBox box) {
                box.setText(label);
                rule.getChildren().add(box);
            } else {
                rule.getChildren().add(new HBox(8, new Label(label), control));
            }
        }
    }

    /** Shows the options a rule set gives a rule (each option's fallback where it gives none). */
    void show(RuleInfo info, Map<String, Object> given) {
        for (RuleInfo.Option o : info.options()) {
            Object value = given.getOrDefault(o.name(), o.fallback());
            Control c = control(info, o);
            if (c instanceof CheckBox box) {
                box.setSelected(Boolean.TRUE.equals(value));
            } else {
                @SuppressWarnings("unchecked")
                ComboBox<String> list = (ComboBox<String>) c;
                list.setValue(String.valueOf(value));
            }
        }
    }

    /** The options as the controls show them, for a rule set. */
    Map<String, Object> chosen(String ruleId) {
        Map<String, Object> chosen = new LinkedHashMap<>();
        controls.getOrDefault(ruleId, Map.of()).forEach((name, c) ->
                chosen.put(name, c instanceof CheckBox box ? (Object) box.isSelected() : ((ComboBox<?>) c).getValue()));
        return chosen;
    }

    private Control control(RuleInfo info, RuleInfo.Option o) {
        return controls.computeIfAbsent(info.id(), k -> new LinkedHashMap<>()).computeIfAbsent(o.name(), k -> {
            Control c;
            if (o.isFlag()) {
                c = new CheckBox();
            } else {
                ComboBox<String> list = new ComboBox<>(FXCollections.observableArrayList(o.choices()));
                list.setConverter(new javafx.util.StringConverter<>() { // each choice in the editor's words
                    @Override
                    public String toString(String choice) {
                        return choice == null ? "" : i18n.get("rules.choice." + info.id() + "." + choice);
                    }

                    @Override
                    public String fromString(String text) {
                        return o.choices().stream().filter(x -> toString(x).equals(text)).findFirst().orElse(text);
                    }
                });
                c = list;
            }
            c.setId("option-" + info.id() + "-" + o.name());
            return c;
        });
    }
}
