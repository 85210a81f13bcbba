package org.gedkit.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.TransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumAndNamesTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
      "MD5, 900150983cd24fb0d6963f7d28e17f72",
      "SHA1, a9993e364706816aba3e25717850c26c9cd0d89d",
      "SHA256, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      "SHA512, ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
  })
  void knownDigestsOfAbc(ChecksumAlgorithm algorithm, String hex) throws Exception {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    Path f = dir.resolve("abc");
    Files.write(f, abc);
    Checksum expected = Checksum.of(algorithm, hex.toUpperCase());
    assertThat(expected.hex()).isEqualTo(hex);
    assertThat(Checksum.compute(algorithm, abc)).isEqualTo(expected);
    assertThat(Checksum.compute(algorithm, f)).isEqualTo(expected);
    assertThat(Checksum.compute(algorithm, new ByteArrayInputStream(abc))).isEqualTo(expected);
    assertThat(expected.matches(f)).isTrue();
    assertThat(expected.toString()).isEqualTo(algorithm + ":" + hex);
    assertThat(algorithm.jcaName()).isNotBlank();
  }

  @Test
  void badDigestsAndFilesAreRejected() {
    assertThatThrownBy(() -> Checksum.of(ChecksumAlgorithm.MD5, "abc")).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> Checksum.of(ChecksumAlgorithm.MD5, "zz0150983cd24fb0d6963f7d28e17f72"))
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> Checksum.of(ChecksumAlgorithm.MD5, (String) null)).isInstanceOf(
        InvalidArgumentException.class);
    assertThatThrownBy(() -> Checksum.of(ChecksumAlgorithm.SHA1, "a".repeat(500)))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("…");
    assertThatThrownBy(() -> Checksum.compute(ChecksumAlgorithm.MD5, dir.resolve("missing")))
        .isInstanceOf(TransportException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "report.pdf                 | report.pdf",
      "../../etc/passwd           | passwd",
      "/etc/shadow                | shadow",
      "..\\..\\windows\\win.ini    | win.ini",
      "C:\\Users\\x\\evil.exe      | evil.exe",
      "..                         | download",
      ".                          | download",
      "../                        | download",
      "'   '                      | download",
      ".hidden                    | hidden",
      "name.                      | name",
      "CON                        | _CON",
      "con.txt                    | _con.txt",
      "LPT1.tar.gz                | _LPT1.tar.gz",
      "Résumé – été.docx          | Résumé – été.docx",
      "日本語のファイル.txt          | 日本語のファイル.txt",
  })
  void sanitisesHostileNames(String name, String expected) {
    assertThat(FileNameSanitizer.sanitize(name)).isEqualTo(expected);
  }

  @Test
  void controlCharactersAndNulAreReplaced() {
    assertThat(FileNameSanitizer.sanitize("a\u0000b\u0007c\nd\u007fe\u202ef\u2028g.txt")).isEqualTo("a_b_c_d_e_f_g.txt");
    assertThat(FileNameSanitizer.sanitize(null)).isEqualTo("download");
    assertThat(FileNameSanitizer.sanitize("a<b>c:d\"e|f?g*h")).isEqualTo("a_b_c_d_e_f_g_h");
    assertThat(FileNameSanitizer.sanitize("\ud800x")).doesNotContain("\ud800");
  }

  /** Found by a long fuzzing run: the byte cap ended a name on a dot, which a second pass then dropped. */
  @Test
  void sanitisingTwiceChangesNothingEvenWhenTheCapEndsOnADotOrASpace() {
    for (String tail : new String[] {".txt-but-not-an-extension-because-too-long", " next", "\u2003next", ". .next"}) {
      String name = "a".repeat(199) + tail;
      String once = FileNameSanitizer.sanitize(name);
      assertThat(once).doesNotEndWith(".").doesNotEndWith(" ").doesNotEndWith("\u2003");
      assertThat(FileNameSanitizer.sanitize(once)).isEqualTo(once);
    }
    assertThat(FileNameSanitizer.sanitize("a\u2003.")).isEqualTo("a");
    // a leading dot hiding a space (second long run)
    assertThat(FileNameSanitizer.sanitize(". (")).isEqualTo("(");
    assertThat(FileNameSanitizer.sanitize(".\u2003.x")).isEqualTo("x");
  }

  @Test
  void unicodeIsNormalisedToNfc() {
    assertThat(FileNameSanitizer.sanitize("e\u0301te\u0301.txt")).isEqualTo("\u00e9t\u00e9.txt");
  }

  @Test
  void longNamesAreCappedInBytesKeepingTheExtension() {
    String longName = "x".repeat(500) + ".pdf";
    String s = FileNameSanitizer.sanitize(longName);
    assertThat(s).endsWith(".pdf");
    assertThat(s.getBytes(StandardCharsets.UTF_8)).hasSize(FileNameSanitizer.MAX_BYTES);
    String wide = FileNameSanitizer.sanitize("é".repeat(500));
    assertThat(wide.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNameSanitizer.MAX_BYTES);
    assertThat(wide).matches("é+");
    String emoji = FileNameSanitizer.sanitize("😀".repeat(100) + ".txt");
    assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNameSanitizer.MAX_BYTES);
    assertThat(emoji).endsWith(".txt");
    assertThat(emoji.codePoints().filter(cp -> cp >= 0xd800 && cp <= 0xdfff).count()).isZero();
  }

  @Test
  void everySanitisedNameStaysInItsFolder() throws Exception {
    String[] hostile = {"../x", "..\\x", "/abs", "a/../../b", "\u0000", "..", "nul", "x/", "\\\\server\\share\\f"};
    for (String h : hostile) {
      String s = FileNameSanitizer.sanitize(h);
      Path resolved = dir.resolve(s).normalize();
      assertThat(resolved.getParent()).isEqualTo(dir);
      Files.writeString(resolved, h);
    }
  }
}
