package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusRangeTest {

  @Test
  void aRangeAndASingleCodeBothParse() {
    assertThat(StatusRange.parse("200-299")).isEqualTo(new StatusRange(200, 299));
    assertThat(StatusRange.parse(" 204 ")).isEqualTo(new StatusRange(204, 204));
    assertThat(StatusRange.parse(null)).isEqualTo(StatusRange.SUCCESS);
  }

  @Test
  void rangeContainsItsBoundsOnly() {
    StatusRange r = StatusRange.parse("200-204");
    assertThat(r.contains(200)).isTrue();
    assertThat(r.contains(204)).isTrue();
    assertThat(r.contains(205)).isFalse();
  }

  @Test
  void garbageIsRejectedNamingTheField() {
    assertThatThrownBy(() -> StatusRange.parse("2xx"))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("payload.expect_status");
    assertThatThrownBy(() -> StatusRange.parse("300-200")).isInstanceOf(ValidationException.class);
  }

  @Test
  void secretHeaderNamesAreMasked() {
    HttpPayload p =
        new HttpPayload(
            "GET",
            "https://example.org",
            java.util.Map.of("Authorization", "Bearer abc", "X-Api-Token", "t", "Accept", "json"),
            null,
            null);
    assertThat(p.maskedHeaders())
        .containsEntry("Authorization", Secrets.MASK)
        .containsEntry("X-Api-Token", Secrets.MASK)
        .containsEntry("Accept", "json");
  }
}
