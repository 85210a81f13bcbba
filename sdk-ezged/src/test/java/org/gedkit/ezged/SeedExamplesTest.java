package org.gedkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.Wire;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JSON example printed in the EzGED document parses as printed (see seed/README.md). */
class SeedExamplesTest {

  static Stream<String> examples() {
    return Stream.of("sec-authenticate.json", "secses-keepalive.json", "secses-delete.json",
        "query-gettreearchive.json", "query-getexec.json", "query-getexec-search.json", "query-getexec-user.json",
        "query-globalsearch_v3.json", "docpak-loadalllastrevision.json", "log-getactivity.json",
        "doctbl-insertrow.json", "doctbl-updaterow.json", "doctbl-deleterowfiles.json", "docpak-addpages.json",
        "jobqueue-load.json", "pupload.json");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_parsesUnchanged(String name) throws Exception {
    JsonNode root = Wire.mapper().readTree(EzGedMockSupport.seed(name));
    assertThat(root.isObject()).isTrue();
    if (name.equals("pupload.json")) {
      assertThat(root.path("success").asBoolean()).isTrue();
      return;
    }
    Envelope e = Envelope.check(root, ErrorDetails.of("ezged", name));
    assertThat(e.errorCode()).isZero();
    assertThat(e.message()).isNotBlank();
  }
}
