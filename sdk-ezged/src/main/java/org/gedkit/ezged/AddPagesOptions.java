package org.gedkit.ezged;

/**
 * Options of {@code docpak/addpages}.
 *
 * @param start {@code start}: where to insert the pages, -1 (the document's value) to append
 * @param ocr {@code ocr=1} to run OCR, {@code ocr=0} to keep the original format
 */
public record AddPagesOptions(int start, boolean ocr) {

  /**
   * Checks the values.
   *
   * @param start where to insert, -1 to append, otherwise a page index from 0
   * @param ocr whether to run OCR
   * @throws org.gedkit.core.error.InvalidArgumentException when start is below -1
   */
  public AddPagesOptions {
    if (start < -1) {
      throw new org.gedkit.core.error.InvalidArgumentException("start must be -1 (append) or a page index from 0, was "
          + start, org.gedkit.core.error.ErrorDetails.of("ezged", "docpak/addpages"));
    }
  }

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
