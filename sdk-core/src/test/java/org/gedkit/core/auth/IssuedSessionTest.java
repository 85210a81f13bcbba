package org.gedkit.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.ProtocolException;
import org.junit.jupiter.api.Test;

class IssuedSessionTest {

  private static final ErrorDetails D = ErrorDetails.of("test", "login");

  @Test
  void aHeaderSafeTokenIsReturnedUnchanged() {
    assertThat(IssuedSession.requireHeaderSafe("Bearer abc.DEF-123_~ x\ty", "the token", D))
        .isEqualTo("Bearer abc.DEF-123_~ x\ty");
  }

  @Test
  void aTokenThatCannotTravelInAHeaderIsAProtocolErrorThatHidesIt() {
    for (String bad : new String[] {"SeCrEt\nx", "SeCrEt\rx", "SeCrEt\u0000", "SeCrEt\u007f", "SeCrEt\u00e9", "SeCrEt\ud800"}) {
      assertThatThrownBy(() -> IssuedSession.requireHeaderSafe(bad, "the token", D))
          .isInstanceOf(ProtocolException.class).hasMessageContaining("the token holds a character")
          .hasMessageNotContaining("SeCrEt");
    }
  }

  @Test
  void aMissingOrBlankTokenIsAProtocolError() {
    assertThatThrownBy(() -> IssuedSession.requireHeaderSafe(null, "the token", D))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("missing");
    assertThatThrownBy(() -> IssuedSession.requireHeaderSafe(" \t", "the token", D))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("blank");
  }
}
