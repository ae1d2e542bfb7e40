/**
 * Text features of transcripts: {@link tiktokclaims.text.Tokenizer} (lower-case, apostrophes deleted, other
 * punctuation breaks words; word n-grams) and {@link tiktokclaims.text.TextVectorizer} (vocabulary learned on
 * training documents with a minimum document frequency and a maximum number of terms; counts or TF-IDF, the same
 * definitions as scikit-learn's).
 *
 * <pre>{@code
 * TextVectorizer v = TextVectorizer.fit(trainingTranscripts, TextVectorizer.Options.defaults());
 * v.vocabulary();                // terms in column order, e.g. "a claim", "someone shared"
 * double[] x = v.transform("Someone shared with me that ...");
 * v.explain(transcript, "claim");  // Table step/result: the transcript, its words, word pairs and TF-IDF
 * }</pre>
 */
package tiktokclaims.text;
