// The configuration moved to WaymarkProject (issue 11); code that imports the loader for
// `ProjectConfig` or `ConfigRule` keeps compiling.
@_exported import WaymarkProject
