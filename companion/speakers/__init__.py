"""Who is speaking in a one-microphone recording: the words' cue, the two voices, and their combination."""
