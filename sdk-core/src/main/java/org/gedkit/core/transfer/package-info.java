/**
 * Streaming transfers: upload sources ({@link org.gedkit.core.transfer.UploadSource}), download targets
 * ({@link org.gedkit.core.transfer.DownloadTarget}), the download engine with checksum verification and
 * Range resume ({@link org.gedkit.core.transfer.Downloads}), the chunked-upload driver
 * ({@link org.gedkit.core.transfer.ChunkedUploads}), progress ({@link org.gedkit.core.transfer.TransferListener})
 * and server file-name sanitising ({@link org.gedkit.core.transfer.FileNameSanitizer}).
 */
package org.gedkit.core.transfer;
