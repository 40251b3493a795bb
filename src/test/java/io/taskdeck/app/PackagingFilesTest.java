package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The installers' jpackage files name classes and icons of this project; keep them in step. */
class PackagingFilesTest {
  private static final Path JPACKAGE = Path.of("packaging", "jpackage");
  private static final Pattern ICON = Pattern.compile("^--icon \"([^\"]+)\"$", Pattern.MULTILINE);

  @Test
  void theServerLauncherOfEveryInstallerRunsServerMain() throws IOException {
    Properties launcher = new Properties();
    try (Reader in = Files.newBufferedReader(JPACKAGE.resolve("taskdeck-server.properties"))) {
      launcher.load(in);
    }
    assertThat(launcher.getProperty("main-class")).isEqualTo(ServerMain.class.getName());
  }

  @Test
  void everyIconNamedByAnArgumentFileExists() throws IOException {
    for (String os : List.of("linux", "windows", "mac")) {
      Matcher icon = ICON.matcher(Files.readString(JPACKAGE.resolve("args-" + os + ".txt")));
      assertThat(icon.find()).as("--icon in args-%s.txt", os).isTrue();
      assertThat(Path.of(icon.group(1))).as("icon of args-%s.txt", os).isRegularFile();
    }
  }

  @Test
  void theWindowIconsAreOnTheClassPathAtTheSizeTheirNameSays() throws IOException {
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      String name = "/io/taskdeck/icons/taskdeck-" + size + ".png";
      URL url = PackagingFilesTest.class.getResource(name);
      assertThat(url).as(name).isNotNull();
      BufferedImage image = ImageIO.read(url);
      assertThat(image.getWidth()).as(name).isEqualTo(size);
      assertThat(image.getHeight()).as(name).isEqualTo(size);
    }
  }
}
