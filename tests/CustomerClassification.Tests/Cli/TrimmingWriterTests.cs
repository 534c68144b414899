using System.IO;
using CustomerClassification.Cli;

namespace CustomerClassification.Tests.Cli;

/// <summary>Redirected output loses the spaces a line ends with, however the text is handed over.</summary>
public class TrimmingWriterTests
{
    private const string Text = "甲  乙 \n  丙   \r\n丁 ";

    [Fact]
    public void SpacesBeforeALineEnd_AreDropped_WhetherWrittenAsTextOrCharacterByCharacter()
    {
        var whole = new StringWriter();
        using (var writer = new TrimmingWriter(whole))
        {
            writer.Write(Text);
            writer.Write("戊");
        }

        var single = new StringWriter();
        using (var writer = new TrimmingWriter(single))
        {
            foreach (var c in Text + "戊")
            {
                writer.Write(c);
            }
        }

        Assert.Equal("甲  乙\n  丙\r\n丁 戊", whole.ToString());
        Assert.Equal(whole.ToString(), single.ToString());
    }

    [Fact]
    public void SpacesHeldAcrossWrites_GoBeforeTheNextText()
    {
        var output = new StringWriter();
        using (var writer = new TrimmingWriter(output))
        {
            writer.Write("a ");
            writer.Write(" b".ToCharArray(), 0, 2);
            writer.Write("  ");
            writer.Write("\n");
        }

        Assert.Equal("a  b\n", output.ToString());
    }
}
