import DiplographCLI

DiplographCommand.main()
