import ErrataModel

/// The changes between two versions of a catalog's notes (rows that are not codes).
///
/// Notes with the same label and text in both versions are unchanged wherever they stand (their
/// translations are not compared). Of the rest, a removed and
/// an added note with the same label are one changed note; the others were added or removed.
enum NoteDiff {
    static func changes(old: [Note], new: [Note], oldPath: String?, newPath: String?) -> [DiffChange] {
        var unmatchedOld = Array(old.indices)
        var addedIndices: [Int] = []
        for (index, note) in new.enumerated() {
            if let position = unmatchedOld.firstIndex(where: { old[$0].label == note.label && old[$0].text == note.text }) {
                unmatchedOld.remove(at: position)
            } else {
                addedIndices.append(index)
            }
        }
        var changes: [DiffChange] = []
        let oldLocation = oldPath.map { SourceLocation(path: $0) }
        let newLocation = newPath.map { SourceLocation(path: $0) }
        var stillAdded: [Int] = []
        for index in addedIndices {
            let note = new[index]
            if let position = unmatchedOld.firstIndex(where: { old[$0].label == note.label }) {
                let before = old[unmatchedOld.remove(at: position)]
                changes.append(DiffChange(
                    rule: .noteChanged, code: nil, old: text(before), new: text(note), index: index,
                    oldLocation: oldLocation, newLocation: newLocation))
            } else {
                stillAdded.append(index)
            }
        }
        changes += unmatchedOld.map {
            DiffChange(rule: .noteRemoved, code: nil, old: text(old[$0]), index: $0, oldLocation: oldLocation, newLocation: newLocation)
        }
        changes += stillAdded.map {
            DiffChange(rule: .noteAdded, code: nil, new: text(new[$0]), index: $0, oldLocation: oldLocation, newLocation: newLocation)
        }
        return changes
    }

    /// `Other: If other error codes are displayed, contact us.`, or the text alone without a label.
    static func text(_ note: Note) -> String {
        note.label.isEmpty ? note.text : "\(note.label): \(note.text)"
    }
}
