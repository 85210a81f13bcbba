package org.gedkit.parapheur;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProofArchive#extract} wrote.
 *
 * @param directory the directory the entries were written under
 * @param files the files written, in archive order
 * @param totalBytes the bytes written in total
 */
public record ExtractedArchive(Path directory, List<Path> files, long totalBytes) {

  /**
   * Normalises the components.
   *
   * @param directory see the record description
   * @param files see the record description
   * @param totalBytes see the record description
   */
  public ExtractedArchive {
    Objects.requireNonNull(directory, "directory");
    files = files == null ? List.of() : List.copyOf(files);
  }

  /**
   * The extracted file with that name (its last path segment), e.g. {@link ProofArchive#MAIN_DOCUMENT}.
   *
   * @param fileName the name
   * @return the file; never null
   */
  public Optional<Path> find(String fileName) {
    return files.stream().filter(p -> p.getFileName().toString().equals(fileName)).findFirst();
  }
}
