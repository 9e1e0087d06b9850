import ErrataModel
import ErrataReaders
import Foundation

/// The front door of the readers: any supported input file to a catalog.
public enum DocumentReader {
    /// The largest input accepted, in bytes.
    public static let maximumSize = 256 << 20

    public struct Options: Sendable {
        /// The input's format; detected from the name and contents when nil.
        public var format: InputFormat?
        /// Which table of the page holds the codes (0-based); chosen by its headers when nil.
        public var tableIndex: Int?
        /// The service name for inputs that are not specs; the file's base name when nil.
        public var service: String?
        /// The page's URL, recorded as the catalog's source, for inputs that are not specs.
        public var source: String?

        public init(format: InputFormat? = nil, tableIndex: Int? = nil, service: String? = nil, source: String? = nil) {
            self.format = format
            self.tableIndex = tableIndex
            self.service = service
            self.source = source
        }
    }

    public static func read(contentsOf path: String, options: Options = .init()) throws -> Catalog {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read the input (no such file, or not readable)", at: SourceLocation(path: path))
        }
        return try read(data: Array(data), path: path, options: options)
    }

    public static func read(data: [UInt8], path: String, options: Options = .init()) throws -> Catalog {
        guard data.count <= maximumSize else {
            throw Diagnostic.error("the input is \(data.count) bytes; the limit is \(maximumSize)", at: SourceLocation(path: path))
        }
        let format = try options.format ?? FormatDetector.detect(path: path, data: data)
        if format == .spec { return try SpecReader.read(data: data, path: path) }
        let grids = try readGrids(data: data, path: path, format: format)
        let builderOptions = CatalogBuilder.Options(
            service: options.service ?? Path.baseName(path), source: options.source, tableIndex: options.tableIndex)
        return try CatalogBuilder.build(grids, path: path, options: builderOptions)
    }

    static func readGrids(data: [UInt8], path: String, format: InputFormat) throws -> [Grid] {
        if format == .html { return try HTMLReader.readGrids(data: data, path: path) }
        let text = try TextInput.decode(data, path: path)
        switch format {
        case .text: return try TextReader.readGrids(text: text, path: path)
        case .markdown: return try MarkdownReader.readGrids(text: text, path: path)
        case .rst: return try RSTReader.readGrids(text: text, path: path)
        case .html, .spec: preconditionFailure("handled above")
        }
    }
}
