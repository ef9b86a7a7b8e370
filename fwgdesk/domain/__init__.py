"""Domain vocabulary: enumerations and rules, free of database and Qt."""
