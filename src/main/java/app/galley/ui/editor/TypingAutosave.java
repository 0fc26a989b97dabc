package app.galley.ui.editor;

import app.galley.ui.app.TaskExecutor;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.input.InputMethodEvent;

/**
 * Saves typing a pause after the last key, never in the middle of an input method's composition
 * (pinyin, zhuyin, cangjie ...: the text then holds the unfinished composition); the commit arms the
 * pause again. The pause runs on the window's executor, so a test waiting for the window to be idle
 * waits for it too.
 */
final class TypingAutosave {

    private final TaskExecutor tasks;
    private final Duration delay;
    private final BooleanSupplier unsaved;
    private final Runnable save;
    /** The pause under way (null: none). */
    private TaskExecutor.Repeating pending;
    private boolean composing;

    TypingAutosave(TaskExecutor tasks, Duration delay, BooleanSupplier unsaved, Runnable save) {
        this.tasks = tasks;
        this.delay = delay;
        this.unsaved = unsaved;
        this.save = save;
    }

    /** Follows the input method's composition in {@code text}. */
    void follow(Node text) {
        text.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, e -> {
            composing = !e.getComposed().isEmpty();
            if (composing) {
                stop();
            } else if (unsaved.getAsBoolean()) {
                typed();
            }
        });
    }

    /** A key was typed: the pause starts again. */
    void typed() {
        stop();
        if (!composing) {
            pending = tasks.after(delay, () -> {
                pending = null;
                if (!composing && unsaved.getAsBoolean()) {
                    save.run();
                }
            });
        }
    }

    /** No save comes of the pause under way (the typing is being saved now, or thrown away). */
    void stop() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
    }
}
