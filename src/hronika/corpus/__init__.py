"""Readers of the FullStack-LV corpus: UD, NER and coreference layers."""
