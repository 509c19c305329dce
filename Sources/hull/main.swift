import HullCommands

HullCommand.entry()
