package org.gedkit.netexplorer.internal;

/**
 * Query and form names the seed lost with its route headings (route table "Open points" 1). Each is a guess
 * unless marked otherwise, listed in docs/netexplorer.md under Decisions; a correction is a one-line change here.
 */
public final class WireNames {

  private WireNames() {}

  /** Folder listing depth (-1 whole tree, 0 roots only, N levels). Known: AO, AH, RC, TC. */
  public static final String DEPTH = "depth";
  /** Listing filter 1 folders, 2 files, 3 both. Known: RC ({@code filter=1}). */
  public static final String FILTER = "filter";
  /** Full mode flag. Known: AO ({@code full=1}), RC (bare {@code full}). */
  public static final String FULL = "full";
  /** Light mode flag. Guess, by symmetry with {@code full}. */
  public static final String LIGHT = "light";
  /** Recursive switch. Name is a seed fragment ("recursive doit être activé"). */
  public static final String RECURSIVE = "recursive";
  /** Search term. Guess. */
  public static final String SEARCH = "search";
  /** Search in file and folder names (1/0). Guess. */
  public static final String SEARCH_NAMES = "search_name";
  /** Search in annotation text (1/0). Guess. */
  public static final String SEARCH_ANNOTATIONS = "search_annotation";
  /** Search in indexed content (1/0). Guess. */
  public static final String SEARCH_CONTENT = "search_content";
  /** Search the whole platform (1/0). Guess. */
  public static final String SEARCH_GLOBAL = "search_global";
  /** Fields restriction. Guess. */
  public static final String FIELDS = "fields";
  /** Delete: trash (1, default) or destroy (0). Known: AO ({@code ?trash=}). */
  public static final String TRASH = "trash";
  /** Delete file: which versions (all, none, previous). From the seed text. */
  public static final String VERSIONS = "versions";
  /** Paging offset. Guess (reply names offset_start). */
  public static final String OFFSET = "offset";
  /** Paging size. Guess. */
  public static final String LIMIT = "limit";
  /** Token of {@code GET /file/download} and of the thumbnail call. Inferred by the route table (medium). */
  public static final String TOKEN = "token";
  /** {@code /path}: the file id. Guess. */
  public static final String PATH_FILE = "file";
  /** {@code /path}: the folder id. Guess. */
  public static final String PATH_FOLDER = "folder";
  /** {@code /objectpath}: the path. Guess. */
  public static final String PATH = "path";
  /** {@code /ischildof}: the child folder id. Guess. */
  public static final String CHILD = "child";
  /** {@code /ischildof}: the parent folder id. Guess. */
  public static final String PARENT = "parent";
  /** {@code /quotas}: the folder whose quota is wanted. Guess. */
  public static final String QUOTA_FOLDER = "folder";
  /** {@code DELETE /trashes}: the value {@code all} purges every user's trash; the name is a guess. */
  public static final String PURGE = "purge";

  /** Multipart: destination folder id. Known: AO, RC. */
  public static final String FOLDER_ID = "folderId";
  /** Multipart: the file part (or the current chunk). Known: seed, AO, RC. */
  public static final String TARGET_FILE = "targetFile";
  /** Multipart: chunk index, 0-based. Known: RC, vendor facts. */
  public static final String CHUNK = "chunk";
  /** Multipart: number of chunks. Known: RC. */
  public static final String CHUNKS = "chunks";
  /** Multipart: nominal chunk size. Known: RC. */
  public static final String CHUNKS_SIZE = "chunksSize";
  /** Multipart: total size. Known: RC. */
  public static final String FILE_SIZE = "fileSize";
  /** Multipart: ask for the missing-chunk report ("propriété report", seed 612). Sent as a form field. */
  public static final String REPORT = "report";
  /** Multipart: modification date, RFC 3339 UTC. Known: RC. */
  public static final String MODIFICATION = "modification";
  /** Multipart: creation date, RFC 3339 UTC. Known: RC. */
  public static final String CREATION = "creation";
  /** Multipart picture part name. Guess. */
  public static final String PICTURE = "picture";

  /** {@code GET /zip}: comma-separated file ids. Guess (no seed text). */
  public static final String ZIP_FILES = "files";
  /** {@code GET /zip}: comma-separated folder ids. Guess (no seed text). */
  public static final String ZIP_FOLDERS = "folders";
  /** {@code DELETE /file/cancel}: the destination folder of the upload. Guess: the upload field name. */
  public static final String CANCEL_FOLDER = "folderId";
  /** {@code DELETE /file/cancel}: the file name of the upload. Guess: the upload field name. */
  public static final String CANCEL_FILE = "targetFile";
  /** tus metadata key of the destination folder. Guess. */
  public static final String TUS_FOLDER = "folderId";
  /** tus metadata key of the file name (the usual tus key). */
  public static final String TUS_FILENAME = "filename";
}
