package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.Fx;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every FXML layout loads, names a controller class, and fills each of that controller's @FXML
 * fields (a renamed fx:id fails here rather than at run time).
 */
@Tag("gui")
class FxmlLayoutsTest {
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern CONTROLLER = Pattern.compile("fx:controller=\"([\\w.]+)\"");

  static Stream<Path> layouts() throws IOException {
    List<Path> found;
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      found = files.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
    }
    assertThat(found)
        .as("the layouts issue 16 names")
        .extracting(p -> p.getFileName().toString())
        .contains("TaskEditor.fxml", "MainWindow.fxml", "CalendarEditor.fxml", "Settings.fxml");
    return found.stream();
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void theLayoutLoadsAndFillsEveryFxmlFieldOfItsController(Path layout) throws Exception {
    String xml = Files.readString(layout);
    Matcher m = CONTROLLER.matcher(xml);
    assertThat(m.find()).as(layout + " names its controller").isTrue();
    Class<?> type = Class.forName(m.group(1));
    String resource = "/" + RESOURCES.relativize(layout).toString().replace('\\', '/');
    assertThat(resource)
        .as("the layout sits beside its controller")
        .isEqualTo("/" + type.getPackageName().replace('.', '/') + "/" + layout.getFileName());
    DesktopDriver.startToolkitOnce();
    Object controller = allocate(type);
    Node root =
        Fx.call(
            () -> {
              FXMLLoader loader = new FXMLLoader(type.getResource(layout.getFileName().toString()));
              loader.setControllerFactory(c -> controller);
              return loader.load();
            });
    assertThat(root).isNotNull();
    List<String> empty = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      if (f.isAnnotationPresent(FXML.class)) {
        f.setAccessible(true);
        if (f.get(controller) == null) {
          empty.add(f.getName());
        }
      }
    }
    assertThat(empty)
        .as(
            "@FXML fields of "
                + type.getSimpleName()
                + " without a node in "
                + layout.getFileName())
        .isEmpty();
  }

  /**
   * The controller without running its constructor (which would build the whole view): only the
   * layout is under test.
   */
  private static Object allocate(Class<?> type) throws ReflectiveOperationException {
    Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
    f.setAccessible(true);
    Object unsafe = f.get(null);
    return unsafe.getClass().getMethod("allocateInstance", Class.class).invoke(unsafe, type);
  }
}
