import ErrataModel
import ErrataReaders

/// The front door of the readers: any supported input file to a catalog.
public enum DocumentReader {
    public static func read(contentsOf path: String) throws -> Catalog {
        try SpecReader.read(contentsOf: path)
    }
}
