/// The rules of catalogs, translations and exchange files, each a value in L10nRule+Definitions.swift.
public enum L10nRule {}
