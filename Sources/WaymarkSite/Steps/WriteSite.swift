import WaymarkPipeline

extension BuildStep where Context == SiteBuildContext {
    /// `write`: the planned files into the output folder, atomically (a failed write leaves
    /// the previous site as it was). The files are not kept in memory after.
    static var write: BuildStep {
        BuildStep("write") { context in
            let options = context.build.options
            let display = SiteBuilder.displayPath(options.output, root: options.root)
            do throws(SiteWriter.Failure) {
                context.build.report(try SiteWriter.write(context.build.files, to: options.output, displayPath: display))
                context.build.wrote = true
            } catch {
                context.build.report(error.diagnostic)
            }
            context.build.files = []
        }
    }
}
