package io.taskdeck.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdeck.core.ValidationException;
import io.taskdeck.ui.settings.AppearanceModel.Theme;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class AppearanceModelTest {
  private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
  private final AppearanceModel model = new AppearanceModel(dark);

  @Test
  void parsesLightAndDarkInAnyCaseAndRejectsAnythingElseNamingTheField() {
    assertThat(Theme.parse(" Dark ")).isEqualTo(Theme.DARK);
    assertThat(Theme.parse("LIGHT")).isEqualTo(Theme.LIGHT);
    assertThatThrownBy(() -> Theme.parse("solarized")).isInstanceOf(ValidationException.class)
        .hasMessage("theme: 'solarized' is not light or dark");
    assertThatThrownBy(() -> Theme.parse("  ")).hasMessage("theme: choose light or dark");
    assertThatThrownBy(() -> Theme.parse(null)).hasMessage("theme: choose light or dark");
  }

  @Test
  void choosingAThemeSwitchesTheSharedStateAndABadValueChangesNothing() {
    assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
    model.choose("dark");
    assertThat(dark.get()).isTrue();
    assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
    assertThat(model.errorProperty().get()).isNull();
    model.choose("blue");
    assertThat(dark.get()).isTrue();
    assertThat(model.errorProperty().get()).isEqualTo("theme: 'blue' is not light or dark");
    model.choose((Theme) null);
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
    assertThat(new AppearanceModel(new SimpleBooleanProperty(true)).themeProperty().get()).isEqualTo(Theme.DARK);
  }
}
