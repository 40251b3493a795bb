package io.taskdeck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG AA for every text colour of the app stylesheet, in both themes: each text fill of
 * taskdeck.css against its own background (an overlay is blended onto the page), or against both
 * page backgrounds (default and subtle) when the rule sets none, and the prompt text. The colours
 * are AtlantaFX Primer's looked-up colours with the app stylesheet's overrides for that theme.
 */
class ThemeContrastTest {
  private static final double AA = 4.5;
  private static final Pattern VAR = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);");
  private static final Pattern BLOCK = Pattern.compile("([^{}]+)\\{([^{}]*)}");
  private static final Pattern TEXT = Pattern.compile("-fx-text-fill:\\s*(-color-[a-z0-9-]+)");
  private static final Pattern BACKGROUND =
      Pattern.compile("-fx-background-color:\\s*(-color-[a-z0-9-]+)\\s*;");

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void everyTextColourMeetsWcagAaOnItsBackground(String theme) throws IOException {
    String app = read(Theme.APP_CSS).replaceAll("(?s)/\\*.*?\\*/", "");
    Map<String, String> colours =
        rootVariables(read("/atlantafx/base/theme/primer-" + theme + ".css"), ".root");
    colours.putAll(rootVariables(app, ".root"));
    if (theme.equals("dark")) {
      colours.putAll(rootVariables(app, ".root:dark"));
    }
    Set<String> pairs = new LinkedHashSet<>();
    Matcher prompt = Pattern.compile("-fx-prompt-text-fill:\\s*(-color-[a-z0-9-]+)").matcher(app);
    assertThat(prompt.find()).as("the app stylesheet sets the prompt text colour").isTrue();
    pairs.add(prompt.group(1) + " on -color-bg-default (prompt text)");
    // text over the exclusion stripes: the stripe colour of this theme's rule
    pairs.add(
        "-color-fg-muted on "
            + (theme.equals("dark") ? "-color-neutral-subtle" : "-color-neutral-muted")
            + " (exclusion stripes)");
    pairs.add(
        "-color-fg-default on "
            + (theme.equals("dark") ? "-color-neutral-subtle" : "-color-neutral-muted")
            + " (exclusion stripes)");
    Matcher block = BLOCK.matcher(app);
    while (block.find()) {
      Matcher text = TEXT.matcher(block.group(2));
      if (!text.find()) {
        continue;
      }
      Matcher bg = BACKGROUND.matcher(block.group(2));
      String where = " (" + block.group(1).strip() + ")";
      if (bg.find()) {
        pairs.add(text.group(1) + " on " + bg.group(1) + where);
      } else {
        pairs.add(text.group(1) + " on -color-bg-default" + where);
        pairs.add(text.group(1) + " on -color-bg-subtle" + where);
      }
    }
    List<String> failing = new ArrayList<>();
    for (String pair : pairs) {
      String[] p = pair.split(" on | \\(");
      double[] page = colour(colours, "-color-bg-default", null);
      double[] bg = colour(colours, p[1], page);
      double ratio = contrast(colour(colours, p[0], bg), bg);
      if (ratio < AA) {
        failing.add(pair + ": " + String.format("%.2f", ratio) + ":1");
      }
    }
    assertThat(pairs).hasSizeGreaterThan(10);
    assertThat(failing).as(theme + " theme pairs under " + AA + ":1").isEmpty();
  }

  private static Map<String, String> rootVariables(String css, String selector) {
    Map<String, String> vars = new HashMap<>();
    Matcher block = BLOCK.matcher(css);
    while (block.find()) {
      if (block.group(1).strip().equals(selector)) {
        Matcher v = VAR.matcher(block.group(2));
        while (v.find()) {
          vars.put(v.group(1), v.group(2).strip());
        }
      }
    }
    return vars;
  }

  /** The colour as linear-light RGB, an overlay blended onto {@code under}. */
  private static double[] colour(Map<String, String> vars, String name, double[] under) {
    String value = name;
    for (int i = 0; i < 10 && value.startsWith("-color-"); i++) {
      value = vars.get(value);
      if (value == null) {
        throw new IllegalStateException("undefined looked-up colour " + name);
      }
    }
    double[] rgba = parse(value);
    if (rgba[3] < 1.0 && under != null) {
      for (int c = 0; c < 3; c++) {
        rgba[c] = rgba[c] * rgba[3] + under[c] * (1 - rgba[3]);
      }
    }
    return rgba;
  }

  private static double[] parse(String v) {
    if (v.startsWith("#")) {
      int rgb = Integer.parseInt(v.substring(1, 7), 16);
      return new double[] {
        (rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0, 1.0
      };
    }
    String[] n = v.replaceAll("rgba?\\(|\\)", "").split(",");
    return new double[] {
      Double.parseDouble(n[0].strip()) / 255,
      Double.parseDouble(n[1].strip()) / 255,
      Double.parseDouble(n[2].strip()) / 255,
      n.length > 3 ? Double.parseDouble(n[3].strip()) : 1.0
    };
  }

  private static double luminance(double[] c) {
    double[] l = new double[3];
    for (int i = 0; i < 3; i++) {
      l[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }

  static double contrast(double[] a, double[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = ThemeContrastTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
