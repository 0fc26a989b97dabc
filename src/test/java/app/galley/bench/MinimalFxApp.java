package app.galley.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: the least a JavaFX window with a table and a text can do, started
 * the same way as Galley (a plain main class on the class path launching the application). It says
 * {@code galley: ready} at its first laid-out frame, as Galley does when usable, and quits.
 */
public final class MinimalFxApp extends Application {

    /** A row of the floor's table. */
    public record Row(String title) {
        public String getTitle() {
            return title;
        }
    }

    public static void main(String[] args) {
        Application.launch(MinimalFxApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(
                new Row("探秘人腦超級晶元 上海腦智產業年投入逾10億"), new Row("Council approves budget")));
        TableColumn<Row, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(new PropertyValueFactory<>("title"));
        table.getColumns().add(title);
        BorderPane root = new BorderPane(new TextArea("上海 council 「站在改革開放40年的當口」"), new Label("Galley"), null, null, table);
        Scene scene = new Scene(root, 1280, 800);
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (stage.isShowing()) {
                scene.removePostLayoutPulseListener(check[0]);
                System.out.println("galley: ready");
                System.out.flush();
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        stage.setScene(scene);
        stage.setTitle("Floor");
        stage.show();
    }

    /** Launches the application from a class that is not one (JavaFX on the class path, as Galley's jar has it). */
    public static final class Launcher {
        public static void main(String[] args) {
            MinimalFxApp.main(args);
        }
    }
}
