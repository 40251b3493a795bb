package io.taskdeck.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * An integer given as a JSON number or as a numeric string ("10"), as the original design allows.
 */
public final class LenientInteger extends JsonDeserializer<Integer> {
  @Override
  public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      try {
        return Integer.parseInt(p.getText().trim());
      } catch (NumberFormatException e) {
        throw WireFormatException.afterField(
            "must be an integer, got string \"" + p.getText() + "\"");
      }
    }
    return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
  }
}
