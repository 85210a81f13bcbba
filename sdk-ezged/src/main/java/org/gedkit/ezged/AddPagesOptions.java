package org.gedkit.ezged;

/**
 * Options of {@code docpak/addpages}.
 *
 * @param start {@code start}: where to insert the pages, -1 (the document's value) to append
 * @param ocr {@code ocr=1} to run OCR, {@code ocr=0} to keep the original format
 */
public record AddPagesOptions(int start, boolean ocr) {

  /**
   * The defaults: append, keep the original format.
   *
   * @return the defaults; never null
   */
  public static AddPagesOptions defaults() {
    return new AddPagesOptions(-1, false);
  }

  /**
   * These options with OCR.
   *
   * @return new options; never null
   */
  public AddPagesOptions withOcr() {
    return new AddPagesOptions(start, true);
  }
}
