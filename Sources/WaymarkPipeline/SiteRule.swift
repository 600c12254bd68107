/// The rules the site builder reports, each a value in SiteRule+Definitions.swift.
public enum SiteRule {}
