package org.gedkit.phraseanet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gedkit.phraseanet.model.CaptionField;
import org.gedkit.phraseanet.model.Databox;
import org.gedkit.phraseanet.model.DataboxCollection;
import org.gedkit.phraseanet.model.PhraseanetRecord;
import org.gedkit.phraseanet.model.PhraseanetUser;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.gedkit.phraseanet.model.QuarantineSession;
import org.junit.jupiter.api.Test;

/** The public API never exposes the internal package, and public classes are final or records. */
class PublicSurfaceTest {

  static final List<Class<?>> PUBLIC = List.of(PhraseanetClient.class, PhraseanetClient.Builder.class,
      QuarantineApi.class, QuarantineListOptions.class, QuarantineListOptions.Builder.class, DataboxesApi.class,
      RecordsApi.class, QuarantineItem.class, QuarantineSession.class, PhraseanetUser.class, Databox.class,
      DataboxCollection.class, PhraseanetRecord.class, CaptionField.class);

  @Test
  void noPublicSignatureMentionsInternal() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : PUBLIC) {
      assertThat(Modifier.isFinal(c.getModifiers())).as(c + " is final").isTrue();
      for (Method m : c.getMethods()) {
        Stream.concat(Stream.of(m.getGenericReturnType()), Stream.of(m.getGenericParameterTypes()))
            .filter(t -> t.getTypeName().contains(".internal."))
            .forEach(t -> leaks.add(c.getSimpleName() + "#" + m.getName() + ": " + t.getTypeName()));
      }
      for (Constructor<?> k : c.getConstructors()) {
        Stream.of(k.getGenericParameterTypes()).filter(t -> t.getTypeName().contains(".internal."))
            .forEach(t -> leaks.add(c.getSimpleName() + "(): " + t.getTypeName()));
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          assertThat(rc.getType()).as(c.getSimpleName() + "." + rc.getName() + " is never a raw nullable date")
              .isNotEqualTo(java.time.OffsetDateTime.class);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void apiGroupsHaveNoPublicConstructor() {
    for (Class<?> c : List.of(QuarantineApi.class, DataboxesApi.class, RecordsApi.class, PhraseanetClient.class)) {
      assertThat(c.getConstructors()).as(c.getSimpleName()).isEmpty();
    }
  }
}
