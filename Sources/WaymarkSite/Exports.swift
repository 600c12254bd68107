// The pipeline's types (options, report, steps, `SiteFile`, `SiteRule`, `PreparedProject`)
// and the project's moved out of the site (issue 11); code that imports the site for them keeps compiling.
@_exported import WaymarkPipeline
@_exported import WaymarkProject
