/// Docker-style `adjective_surname` names for containers created without one.
enum NameGenerator {
    static let adjectives = [
        "admiring", "bold", "brave", "clever", "dazzling", "eager", "elegant", "festive", "focused", "gallant",
        "gifted", "happy", "hopeful", "jolly", "keen", "kind", "lucid", "modest", "nifty", "optimistic",
        "peaceful", "quirky", "relaxed", "serene", "sharp", "stoic", "tender", "trusting", "vibrant", "zealous",
    ]
    static let surnames = [
        "babbage", "bohr", "curie", "darwin", "dijkstra", "einstein", "euler", "fermat", "feynman", "galileo",
        "gauss", "hopper", "hypatia", "kepler", "knuth", "lamport", "liskov", "lovelace", "meitner", "newton",
        "noether", "pascal", "ritchie", "shannon", "thompson", "torvalds", "turing", "wozniak", "yalow", "zuse",
    ]

    static func generate() -> String {
        // A random suffix makes a clash between concurrent creates negligible.
        let a = adjectives.randomElement() ?? "happy"
        let s = surnames.randomElement() ?? "turing"
        return "\(a)_\(s)_\(Int.random(in: 100...999))"
    }
}
