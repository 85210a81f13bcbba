package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gedkit.core.error.GedkitException;
import org.junit.jupiter.api.Test;

/**
 * Sensitive data (the key value {@code svalue}, the data and its aliases) is sent as given but masked in what the SDK
 * shows: the URL of a search (where {@code svalue} sits in the query) and a server message that echoes it.
 */
class SensitiveDataMaskingTest extends QorusApiTestSupport {

  private static final String SSN = "SSN 123-45-6789";

  @Test
  void theKeyValueOfASearchIsMaskedInTheUrlAndTheEchoedMessage() throws Exception {
    reply(500, "{\"err\":\"DB-ERROR\",\"desc\":\"no index for " + SSN + "\"}");
    assertThatThrownBy(() -> secureClient.orders().searchSensitiveData("ssn", SSN,
        SensitiveSearchOptions.defaults()).iterator().hasNext())
        .isInstanceOfSatisfying(GedkitException.class, e -> {
          assertThat(e.getMessage()).doesNotContain("123-45-6789").contains("svalue=***").contains("skey=ssn");
          assertThat(e.details().toString()).doesNotContain("123-45-6789");
        });
    assertThat(server.takeRequest().getUrl().queryParameter("svalue")).isEqualTo(SSN);
  }

  @Test
  void theDataAndAliasesOfAnUpdateAreMaskedWhenEchoed() throws Exception {
    reply(409, "{\"err\":\"SENSITIVE-DATA-ERROR\",\"desc\":\"alias ALIAS-778899 or value Dupont-Aignan taken\"}");
    assertThatThrownBy(() -> secureClient.orders().updateSensitiveData(5, "name", "K-99001",
        Map.of("last", "Dupont-Aignan", "n", List.of(1, 2)), List.of("ALIAS-778899"), Map.of("purpose", "billing")))
        .isInstanceOfSatisfying(GedkitException.class, e -> assertThat(e.getMessage())
            .doesNotContain("ALIAS-778899").doesNotContain("Dupont-Aignan").contains("alias *** or value *** taken"));
    assertThat(server.takeRequest().getBody().utf8()).contains("Dupont-Aignan").contains("ALIAS-778899");
  }

  @Test
  void aYamlSensitiveBodyMasksTheValuesItWasBuiltFrom() throws Exception {
    reply(400, "{\"err\":\"BAD\",\"desc\":\"cannot store Martineau-Lefort\"}");
    assertThatThrownBy(() -> secureClient.orders().updateYamlSensitiveData(5, "name", "K-99001",
        Map.of("last", "Martineau-Lefort"), null, null))
        .isInstanceOfSatisfying(GedkitException.class, e -> assertThat(e.getMessage())
            .doesNotContain("Martineau-Lefort").contains("cannot store ***"));
    assertThat(server.takeRequest().getBody().utf8()).contains("Martineau-Lefort");
  }

  @Test
  void theSensitiveDataOfANewOrderIsMaskedButItsStaticDataIsNot() throws Exception {
    reply(400, "{\"err\":\"BAD\",\"desc\":\"order-42 refused: card 4970-1111-2222 of Jean-Paul\"}");
    assertThatThrownBy(() -> secureClient.workflows().createOrder("BILLING", CreateOrderOptions.defaults()
        .withStaticData(Map.of("ref", "order-42")).withSensitiveData(Map.of("card", Map.of("4970-1111-2222",
            Map.of("holder", "Jean-Paul"))))))
        .isInstanceOfSatisfying(GedkitException.class, e -> assertThat(e.getMessage())
            .doesNotContain("4970-1111-2222").doesNotContain("Jean-Paul")
            .contains("order-42 refused: card *** of ***"));
  }
}
