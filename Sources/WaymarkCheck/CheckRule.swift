/// The rules the companion checker reports, each a value in CheckRule+Definitions.swift
/// (issue 14: journeys, branches, prerequisites, variants, expectations, destructive steps,
/// values, loops) and OutsideSteps.swift (issue 15).
public enum CheckRule {}
