/**
 * vis-timeline items and groups: {@link org.chronoline.io.vis.VisTimelineWriter} and its JSON Schema,
 * {@code vis.schema.json}.
 */
package org.chronoline.io.vis;
