import ErrataModel
import ErrataReaders
import ErrataSpec
import Foundation

/// Reads a documentation page given as a file path or an http(s) URL into a catalog.
public enum UpstreamPage {
    /// How a URL is fetched.
    public struct FetchOptions: Sendable {
        public var timeout: Double
        public var maximumSize: Int

        public init(timeout: Double = PageFetcher.defaultTimeout, maximumSize: Int = PageFetcher.defaultMaximumSize) {
            self.timeout = timeout
            self.maximumSize = maximumSize
        }
    }

    /// The validated catalog of the page at `location`. For a URL without `options.format`, the
    /// format is HTML when the server says `text/html`, else detected from the URL's path and the contents.
    public static func read(
        _ location: String, options: DocumentReader.Options = .init(), fetch: FetchOptions = .init(),
        stage: CatalogStage = CatalogStage()
    ) throws -> ValidatedCatalog {
        try readPage(location, options: options, fetch: fetch, stage: stage).validated
    }

    /// The page at `location`, read once through `stage` (a path) or fetched (a URL), with what was
    /// inferred from it (`ValidatedPage`).
    public static func readPage(
        _ location: String, options: DocumentReader.Options = .init(), fetch: FetchOptions = .init(),
        stage: CatalogStage = CatalogStage()
    ) throws -> ValidatedPage {
        guard Path.isURL(location) else { return try stage.page(at: location, options: options) }
        guard let url = URL(string: location) else {
            throw Diagnostic.error("not a valid URL", at: SourceLocation(path: location))
        }
        let page = try PageFetcher.fetch(url, timeout: fetch.timeout, maximumSize: fetch.maximumSize)
        var readOptions = options
        if readOptions.format == nil {
            readOptions.format = try format(of: page, url: url, location: location)
        }
        if readOptions.source == nil { readOptions.source = location }
        return try CatalogStage.page(data: page.body, path: location, options: readOptions)
    }

    private static func format(of page: PageFetcher.Page, url: URL, location: String) throws -> InputFormat {
        if page.contentType?.lowercased().contains("html") == true { return .html }
        do {
            return try FormatDetector.detect(path: url.path.isEmpty ? location : url.path, data: page.body)
        } catch let problem as Diagnostic {
            throw Diagnostic(problem.severity, problem.message, at: SourceLocation(path: location), name: problem.name)
        }
    }
}
