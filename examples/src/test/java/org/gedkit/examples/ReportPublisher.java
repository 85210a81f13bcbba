package org.gedkit.examples;

import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.TransferOptions;

// snippet:your-code
/** Your code: publishes a report into a NetExplorer folder. */
final class ReportPublisher {
  private final NetExplorerClient nx;

  ReportPublisher(NetExplorerClient nx) {
    this.nx = nx;
  }

  long publish(long folderId, String name, byte[] pdf) {
    return nx.uploads().upload(folderId, UploadSource.ofBytes(pdf, name), TransferOptions.defaults()).id();
  }
}
// end-snippet
