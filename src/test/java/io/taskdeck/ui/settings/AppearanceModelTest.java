package io.taskdeck.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.ui.settings.AppearanceModel.Theme;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class AppearanceModelTest {
  private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
  private final AppearanceModel model = new AppearanceModel(dark);

  @Test
  void choosingAThemeSwitchesTheSharedStateAndNoChoiceIsAnErrorThatChangesNothing() {
    assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
    model.choose(Theme.DARK);
    assertThat(dark.get()).isTrue();
    assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
    assertThat(model.errorProperty().get()).isNull();
    model.choose(null);
    assertThat(dark.get()).isTrue();
    assertThat(model.errorProperty().get()).isEqualTo("theme: choose light or dark");
    model.choose(Theme.LIGHT);
    assertThat(dark.get()).isFalse();
    assertThat(model.errorProperty().get()).isNull();
  }

  @Test
  void theHeaderToggleIsReflectedInSettings() {
    dark.set(true);
    assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
    dark.set(false);
    assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
  }

  @Test
  void startsFromTheRememberedTheme() {
    assertThat(new AppearanceModel(new SimpleBooleanProperty(true)).themeProperty().get())
        .isEqualTo(Theme.DARK);
  }
}
