using PySec.Syntax.Generator;

// Regenerates server/PySec.Syntax/Generated from Syntax.txt.
//   (no arguments)        write the generated files in place
//   --check               write nothing; exit 1 if a committed file differs from what would be generated
//   --grammar <file>      read this grammar instead of Syntax.txt (exit 1 and list errors if it is malformed)
//   --root <dir>          the repository root (default: the nearest directory above holding PySecLsp.sln)
return GeneratorCommand.Run(args, Console.Out, Console.Error);
