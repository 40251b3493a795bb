package io.taskdeck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskdeck.core.Payload;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.json.Wire;

/**
 * Payloads as the JSON text of the {@code task.payload} column: the same mapping as the API's
 * ({@link Wire}), so the stored shape is the wire shape. Values are stored unmasked.
 */
public final class PayloadCodec {
  private static final ObjectMapper JSON = Wire.newMapper();

  public String write(Payload payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a payload must serialise", e);
    }
  }

  public Payload read(TaskType type, String text) {
    try {
      return JSON.readValue(text == null || text.isBlank() ? "{}" : text, type.payloadType());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored payload of type " + type + " does not read: " + e.getOriginalMessage(), e);
    }
  }
}
