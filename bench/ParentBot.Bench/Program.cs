Console.Out.WriteLine("bench");
