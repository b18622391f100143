"""Who said what: quotation marks, speech cues, attribution patterns and speakers, as rules over the parse."""
