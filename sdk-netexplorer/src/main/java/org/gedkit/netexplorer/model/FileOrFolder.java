package org.gedkit.netexplorer.model;

import java.util.Optional;

/**
 * A reply that is either a file or a folder (trash restore, {@code /objectpath}). Exactly one side is present.
 *
 * @param file the file, when the object is a file
 * @param folder the folder, when the object is a folder
 */
public record FileOrFolder(Optional<FileInfo> file, Optional<Folder> folder) {

  /**
   * Checks exactly one side is present.
   *
   * @param file see the record description
   * @param folder see the record description
   * @throws IllegalArgumentException when both or none are present
   */
  public FileOrFolder {
    file = file == null ? Optional.empty() : file;
    folder = folder == null ? Optional.empty() : folder;
    if (file.isPresent() == folder.isPresent()) {
      throw new IllegalArgumentException("exactly one of file and folder must be present");
    }
  }

  /**
   * Whether this is a file.
   *
   * @return true for a file
   */
  public boolean isFile() {
    return file.isPresent();
  }
}
