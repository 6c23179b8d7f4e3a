/**
 * Reading articles and writing timelines. One sub-package per format: {@code json} for the native
 * article and timeline JSON, {@code timeml} for TempEval-3, and the front ends {@code timelinejs},
 * {@code vis}, {@code html} and {@code csv}, whose writers label times through {@link TimeLabels}.
 * Readers never stop at a bad record: each problem becomes a located
 * {@link org.chronoline.model.Diagnostic} (file, line, field) and the remaining records are read.
 */
package org.chronoline.io;
