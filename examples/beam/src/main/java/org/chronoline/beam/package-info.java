/**
 * Chronoline on Apache Beam: timelines of many stories from many articles, on any runner.
 *
 * <pre>{@code
 * PCollectionTuple read = pipeline.apply(ReadArticles.from(List.of("articles/*.jsonl")));
 * read.get(ReadArticles.articles())
 *         .apply(StoryTimelines.create())            // KV<story, Timeline>
 *         .apply(WriteTimelines.to("timelines/"));   // timelines/<story>.json
 * }</pre>
 *
 * <p>{@link org.chronoline.beam.ReadArticles} reads article files with the single-machine reader;
 * {@link org.chronoline.beam.StoryTimelines} runs the per-article stage in parallel and the
 * cross-article stage once per story; {@link org.chronoline.beam.WriteTimelines} writes one timeline
 * JSON file per story; {@link org.chronoline.beam.ModelCoder} carries the model records between
 * steps; {@link org.chronoline.beam.TimelinePipeline} is the runnable pipeline. A story's timeline
 * is, byte for byte, the one {@link org.chronoline.Chronoline#timeline(java.util.Collection)} gives
 * for that story's articles.
 */
package org.chronoline.beam;
